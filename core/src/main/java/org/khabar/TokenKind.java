package org.khabar;

/** What a {@link Token} is, as decided by the tokenizer from its characters. */
public enum TokenKind {
  /** A word in Arabic script (it may hold clitics, see {@link Token#segments()}). */
  ARABIC,
  /** A word in Latin or another non-Arabic alphabetic script. */
  LATIN,
  /** A number in ASCII, Arabic-Indic or Extended Arabic-Indic digits, with decimal and thousands separators. */
  NUMBER,
  /** A number followed by a percent sign ({@code 25%}, {@code ٢٥٪}). */
  PERCENT,
  /** A numeric date such as {@code 21/12/2017} or {@code 2017-12-21}. */
  DATE,
  /** A punctuation mark, Arabic or Latin ({@code ،}, {@code ؟}, {@code «}, {@code .}). */
  PUNCTUATION,
  /** A symbol that is not punctuation ({@code $}, {@code +}, {@code °}). */
  SYMBOL,
  /** A URL ({@code https://example.org/a?b=c}, {@code www.example.org}). */
  URL,
  /** An e-mail address. */
  EMAIL,
  /** A hashtag ({@code #السعودية}). */
  HASHTAG,
  /** A mention ({@code @UN}). */
  MENTION,
  /** An emoji, possibly a sequence joined by zero-width joiners or modifiers. */
  EMOJI,
  /** Anything else that is not white space or an ignorable control character. */
  OTHER
}

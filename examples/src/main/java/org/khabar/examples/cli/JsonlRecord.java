package org.khabar.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * One input line of {@code --input jsonl}: {@code {"id": "...", "text": "...", "date": "YYYY-MM-DD"}}.
 *
 * <p>Rules: the line is one JSON object and nothing else; {@code id} and {@code text} are required
 * strings; {@code date} is optional (absent or null) and otherwise a string {@code YYYY-MM-DD} naming a
 * real date; other fields are ignored; a field given twice is an error.
 *
 * @param id the document id
 * @param text the text
 * @param date the document date, or null
 */
record JsonlRecord(String id, String text, LocalDate date) {

  /** A line that is not a valid record; the message says why, the id is set when it was read. */
  static final class BadRecordException extends Exception {
    private static final long serialVersionUID = 1L;
    /** The id, when the line had a valid one; else null. */
    final String id;

    BadRecordException(String message, String id) {
      super(message);
      this.id = id;
    }
  }

  /**
   * Parses a line.
   *
   * @param f the JSON factory
   * @param line the decoded line, line end excluded
   * @return the record
   * @throws BadRecordException if the line is not a valid record
   */
  static JsonlRecord parse(JsonFactory f, String line) throws BadRecordException {
    String id = null;
    String text = null;
    LocalDate date = null;
    boolean seenId = false;
    boolean seenText = false;
    boolean seenDate = false;
    try (JsonParser p = f.createParser(line)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw new BadRecordException("expected a JSON object, got " + describe(t), null);
      }
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        switch (name) {
          case "id":
            if (seenId) {
              throw new BadRecordException("field \"id\" appears twice", id);
            }
            seenId = true;
            if (v != JsonToken.VALUE_STRING) {
              throw new BadRecordException("field \"id\" must be a string, got " + describe(v), null);
            }
            id = p.getText();
            break;
          case "text":
            if (seenText) {
              throw new BadRecordException("field \"text\" appears twice", id);
            }
            seenText = true;
            if (v != JsonToken.VALUE_STRING) {
              throw new BadRecordException("field \"text\" must be a string, got " + describe(v), id);
            }
            text = p.getText();
            break;
          case "date":
            if (seenDate) {
              throw new BadRecordException("field \"date\" appears twice", id);
            }
            seenDate = true;
            if (v == JsonToken.VALUE_NULL) {
              break;
            }
            if (v != JsonToken.VALUE_STRING) {
              throw new BadRecordException(
                  "field \"date\" must be a string YYYY-MM-DD or null, got " + describe(v), id);
            }
            try {
              date = parseDate(p.getText());
            } catch (IllegalArgumentException e) {
              throw new BadRecordException("field \"date\": " + e.getMessage(), id);
            }
            break;
          default:
            p.skipChildren();
        }
      }
      if (t != JsonToken.END_OBJECT) {
        throw new BadRecordException("malformed JSON object", id);
      }
      JsonToken after = p.nextToken();
      if (after != null) {
        throw new BadRecordException("unexpected " + describe(after) + " after the JSON object at column "
            + p.currentLocation().getColumnNr(), id);
      }
    } catch (JsonProcessingException e) {
      throw new BadRecordException("malformed JSON: " + CliSupport.oneLine(e.getOriginalMessage())
          + " at column " + e.getLocation().getColumnNr(), id);
    } catch (IOException e) {
      throw new BadRecordException("malformed JSON: " + CliSupport.oneLine(e.getMessage()), id);
    }
    if (!seenId) {
      throw new BadRecordException("missing field \"id\"", null);
    }
    if (!seenText) {
      throw new BadRecordException("missing field \"text\"", id);
    }
    return new JsonlRecord(id, text, date);
  }

  /**
   * Parses a date written exactly {@code YYYY-MM-DD}.
   *
   * @param s the text
   * @return the date
   * @throws IllegalArgumentException if it is not such a date
   */
  static LocalDate parseDate(String s) {
    boolean shape = s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-';
    for (int i = 0; shape && i < 10; i++) {
      if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        shape = false;
      }
    }
    if (!shape) {
      throw new IllegalArgumentException("'" + s + "' is not a date YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + s + "' is not a valid date (YYYY-MM-DD)");
    }
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.toString();
    }
  }
}

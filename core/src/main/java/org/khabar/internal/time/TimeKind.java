package org.khabar.internal.time;

/**
 * The kind of a time expression found by {@link TimeFinder}; it says which fields of
 * {@link TimeMatches} are set and how {@link TimeResolver} turns them into an ISO-8601 value.
 */
public enum TimeKind {
  /**
   * A weekday name, possibly after a part of the day and with a direction: {@code يوم الأحد},
   * {@code مساء الثلاثاء}, {@code السبت المقبل}. Fields: weekday, direction; resolves to a day.
   */
  WEEKDAY,
  /**
   * A day relative to the document date, possibly with its weekday: {@code أمس}, {@code أول أمس},
   * {@code اليوم الخميس}, {@code فجر اليوم الاثنين}, {@code غداً}, {@code بعد غد}. Fields: shift in days,
   * weekday (0 when not named); resolves to a day.
   */
  RELATIVE_DAY,
  /**
   * A day of a month: {@code 10 مارس 2017}, {@code ١٠ مارس}, {@code 21/12/2017}, {@code 2017-12-21},
   * {@code الـ10 من مارس}, {@code العاشر من الشهر الجاري}, {@code 15 رمضان 1445 هـ}. Fields: day, month
   * (or a month shift), year (or a year shift, or none), calendar, direction, weekday; resolves to a day.
   */
  DATE,
  /**
   * A named month, possibly with a year, a part and a direction: {@code مارس 2017}, {@code أواخر
   * أغسطس}, {@code أيار الماضي}, {@code كانون الأول من العام المقبل}, {@code شهر رمضان}. Resolves to a
   * month.
   */
  MONTH,
  /** A year number: {@code عام 2017}, {@code مطلع 2018}, {@code 1445 هـ}. Resolves to a year. */
  YEAR,
  /**
   * A week relative to the document date: {@code الأسبوع المقبل}, {@code هذا الأسبوع}, {@code نهاية
   * الأسبوع الماضي}. Field: shift in weeks; resolves to an ISO week.
   */
  RELATIVE_WEEK,
  /**
   * A month relative to the document date: {@code الشهر الماضي}, {@code مطلع الشهر المقبل}. Field: shift
   * in months; resolves to a month.
   */
  RELATIVE_MONTH,
  /**
   * A year relative to the document date: {@code العام الماضي}, {@code السنة المقبلة}, {@code نهاية
   * العام الجاري}. Field: shift in years; resolves to a year.
   */
  RELATIVE_YEAR,
  /**
   * A time expression with no resolvable value: {@code في وقت لاحق}, {@code الأيام المقبلة}. Resolves
   * to null.
   */
  VAGUE
}

package org.khabar.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;

/**
 * The finder's hot path allocates nothing once its buffer has grown: measured with the JVM's
 * per-thread allocation counter over repeated calls on a long text.
 */
class TimeFinderAllocationTest {

  /**
   * The current thread's allocated bytes through {@code com.sun.management.ThreadMXBean}, called by
   * reflection because the core module does not read {@code java.management}.
   */
  private static Method allocatedBytes() throws Exception {
    Object bean = Class.forName("java.lang.management.ManagementFactory")
        .getMethod("getThreadMXBean").invoke(null);
    Class<?> sun = Class.forName("com.sun.management.ThreadMXBean");
    Assumptions.assumeTrue(sun.isInstance(bean), "this JVM does not count allocated bytes");
    return sun.getMethod("getCurrentThreadAllocatedBytes");
  }

  @Test
  void findAllocatesNothingAfterWarmUp() throws Exception {
    Method counter = allocatedBytes();
    Object bean = Class.forName("java.lang.management.ManagementFactory")
        .getMethod("getThreadMXBean").invoke(null);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 50; k++) {
      sb.append("وصل الوفد مساء الثلاثاء إلى الرياض، وفي 21/12/2017 و١٠ مارس ٢٠١٧ والـ10 من مارس، ")
          .append("ويعود في أواخر أغسطس أو الأسبوع المقبل أو في 15 رمضان 1445 هـ الموافق 25 مارس 2024 م، ")
          .append("بعد أن قال الأمين العام السابق في وقت سابق إن اليوم الأول من الهدنة مر بهدوء. ");
    }
    Analysis a = TimeTesting.analyze(sb.toString(), LocalDate.parse("2024-05-16"));
    TimeFinder finder = TimeFinder.standard();
    TimeMatches m = new TimeMatches();
    int expected = finder.find(a, 0, a.tokenCount, m);
    for (int k = 0; k < 200; k++) {
      finder.find(a, 0, a.tokenCount, m);
    }
    // what reading the counter costs by itself (the boxed result, the reflective call)
    long r0 = (Long) counter.invoke(bean);
    long r1 = (Long) counter.invoke(bean);
    long overhead = r1 - r0;
    long before = (Long) counter.invoke(bean);
    int total = 0;
    for (int k = 0; k < 100; k++) {
      total += finder.find(a, 0, a.tokenCount, m);
    }
    long allocated = (Long) counter.invoke(bean) - before - overhead;
    assertEquals(100 * expected, total);
    assertEquals(50 * 8, expected);
    assertEquals(0, allocated, "bytes allocated by 100 calls over " + a.tokenCount + " tokens");
  }
}

package org.cohesion.it;

import org.cohesion.platform.demo.DemoSeed;

/** What the tests know of the demo data set: every demo account's password, one place. */
public final class Demo {
  /** The password of every demo account (README), as the demo seed sets it. */
  public static final String PASSWORD = DemoSeed.PASSWORD;

  private Demo() {}
}

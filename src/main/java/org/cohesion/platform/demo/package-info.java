/**
 * The trigger of the 2008 demo data set: {@link org.cohesion.platform.demo.DemoSeed} fires {@link
 * org.cohesion.platform.demo.DemoSeeding} once the database is ready in the demo profile, and each
 * feature seeds its own part from its {@code demo} package.
 *
 * <p>May use {@code platform.persistence} only; no feature; never a {@code web} package.
 */
package org.cohesion.platform.demo;

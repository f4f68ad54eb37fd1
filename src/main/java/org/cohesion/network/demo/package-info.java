/**
 * The network's part of the 2008 demo year: people (invented, marked demo), the bodies' seats and
 * the calendar of the 2008 report, seeded first when {@link org.cohesion.platform.demo.DemoSeeding}
 * is fired.
 *
 * <p>May use this feature's domain and the platform; never a {@code web} package.
 */
package org.cohesion.network.demo;

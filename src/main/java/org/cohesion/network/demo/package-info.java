/**
 * The network's part of the 2008 demo year: people (invented, marked demo), the bodies' seats and
 * the calendar of the 2008 report. Observes {@link org.cohesion.platform.demo.DemoSeeding}; uses
 * this feature's domain only.
 */
package org.cohesion.network.demo;

/**
 * The bodies' meetings and decisions of the 2008 demo year. Observes {@link
 * org.cohesion.platform.demo.DemoSeeding} after the network's part; uses this feature's domain, its
 * register chain, and network's domain.
 */
package org.cohesion.decisions.demo;

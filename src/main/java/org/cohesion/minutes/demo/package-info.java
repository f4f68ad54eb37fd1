/**
 * The meetings and minutes of the 2008 demo year. Observes {@link
 * org.cohesion.platform.demo.DemoSeeding} after the decisions; uses this feature's domain and the
 * network's and workspace's.
 */
package org.cohesion.minutes.demo;

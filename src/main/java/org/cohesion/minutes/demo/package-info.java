/**
 * The meetings and minutes of the 2008 demo year, seeded after the decisions when {@link
 * org.cohesion.platform.demo.DemoSeeding} is fired.
 *
 * <p>May use this feature's domain, network's and workspace's, and the platform; never a {@code
 * web} package.
 */
package org.cohesion.minutes.demo;

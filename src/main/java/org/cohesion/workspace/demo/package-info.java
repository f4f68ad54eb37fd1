/**
 * The working groups of the 2008 demo year, seeded after the network's part when {@link
 * org.cohesion.platform.demo.DemoSeeding} is fired.
 *
 * <p>May use this feature's domain, network's domain and the platform; never a {@code web} package.
 */
package org.cohesion.workspace.demo;

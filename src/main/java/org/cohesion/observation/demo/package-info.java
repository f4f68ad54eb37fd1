/**
 * The observatory's demo set (illustrative values on real territories), seeded when {@link
 * org.cohesion.platform.demo.DemoSeeding} is fired, last of all.
 *
 * <p>May use this feature's domain and infrastructure (its store), workspace's groups for the
 * pinned dashboards, and the platform; never a {@code web} package.
 */
package org.cohesion.observation.demo;

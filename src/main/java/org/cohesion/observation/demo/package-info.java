/**
 * The observatory's demo set (illustrative values on real territories). Observes {@link
 * org.cohesion.platform.demo.DemoSeeding} last; uses this feature's domain and store, and
 * workspace's groups for the pinned dashboards.
 */
package org.cohesion.observation.demo;

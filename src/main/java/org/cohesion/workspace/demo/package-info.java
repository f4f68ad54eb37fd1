/**
 * The working groups of the 2008 demo year. Observes {@link org.cohesion.platform.demo.DemoSeeding}
 * after the network's part; uses this feature's domain and network's.
 */
package org.cohesion.workspace.demo;

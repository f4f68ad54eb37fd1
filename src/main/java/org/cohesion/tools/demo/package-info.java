/**
 * The demo thesaurus, drawn from the 2008 report's themes, seeded when {@link
 * org.cohesion.platform.demo.DemoSeeding} is fired, after the observatory. May use this feature's
 * domain and the platform; never a {@code web} package.
 */
package org.cohesion.tools.demo;

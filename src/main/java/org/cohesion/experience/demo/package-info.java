/**
 * The 2008 demo year's experience sheets (a CLAS project, a crime-prevention partnership, the
 * evaluation cycle assessed with the centre's grid), seeded on {@code platform.demo.DemoSeeding}
 * after the thesaurus. What the report does not state is marked demo. May use experience's domain
 * and application, the domains of tools, workspace, network and observation, and platform.demo.
 */
package org.cohesion.experience.demo;

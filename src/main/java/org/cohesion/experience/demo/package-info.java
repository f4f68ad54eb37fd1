/**
 * The 2008 demo year's experience sheets (a CLAS project, a crime-prevention partnership, the
 * evaluation cycle assessed with the centre's grid), seeded on {@code platform.demo.DemoSeeding}
 * after the thesaurus. What the report does not state is marked demo.
 */
package org.cohesion.experience.demo;

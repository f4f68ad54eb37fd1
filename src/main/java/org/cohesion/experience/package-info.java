/**
 * Experience sheets (« fiches d'expérience »): a practice written once in a working group from a
 * fixed structure, reviewed by the group's leads or the centre's staff, published with a
 * confidentiality (group, coordinators' network, whole network, public) and found across the
 * network. May use tools (the thesaurus), workspace (groups and their access), network (members),
 * observation (territories and indicators) and the platform.
 */
package org.cohesion.experience;

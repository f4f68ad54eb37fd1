/**
 * The minutes of a meeting (decisions.domain.Meeting, the one meeting of a group or a body):
 * editions with their revisions, approval votes and rules, and the text itself (sections, the
 * sanitiser, the paragraph merge; docs/minutes.md). May use decisions.domain (the meeting),
 * workspace.domain (a group), network.domain (bodies, members) and platform.domain only.
 */
package org.cohesion.minutes.domain;

/**
 * A meeting of a group or a body: agenda, invitations, editions of its minutes with their
 * revisions, approval votes and rules, and the text itself (sections, the sanitiser, the paragraph
 * merge; docs/minutes.md). May use workspace.domain (a group), network.domain (bodies, members) and
 * platform.domain only.
 */
package org.cohesion.minutes.domain;

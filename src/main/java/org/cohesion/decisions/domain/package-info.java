/**
 * The board decision log: meetings of the bodies with attendance, proxies and quorum; decisions
 * with their vote and follow-up; the append-only register and its hash chain (one chain per body,
 * see docs/decision-register.md). May use network.domain (bodies, members, themes) and
 * platform.domain only.
 */
package org.cohesion.decisions.domain;

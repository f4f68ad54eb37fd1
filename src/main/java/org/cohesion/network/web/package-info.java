/**
 * Pages about people: profiles, bodies, one's account, and the administration of members, bodies
 * and themes. May use network.application, network.domain and platform.
 */
package org.cohesion.network.web;

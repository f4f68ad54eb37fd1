/** Pages about people: profiles, bodies, one's account, and the administration of members. */
package org.cohesion.network.web;

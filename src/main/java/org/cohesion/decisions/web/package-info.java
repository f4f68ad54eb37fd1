/**
 * The decision log's pages: the register with its filters, summary and exports ({@code
 * /decisions/register.xhtml}), a meeting with its attendance and the recording form, a decision
 * with its history and follow-up, the verification, and "my follow-ups" on the home page. May use
 * decisions.application (through {@code Actions.attempt}) and decisions.domain, network's
 * application and domain (the pickers of members), and platform.
 */
package org.cohesion.decisions.web;

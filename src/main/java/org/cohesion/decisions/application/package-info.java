/**
 * The decision log's use cases, each a transaction: meetings and attendance ({@link
 * org.cohesion.decisions.application.Meetings}), recording and following up decisions ({@link
 * org.cohesion.decisions.application.DecisionRegister}), verifying the register ({@link
 * org.cohesion.decisions.application.RegisterVerification}) and its exports. Every method checks
 * the caller's right on the very body, meeting or decision, through {@code DecisionCallers}. May
 * use decisions.domain, decisions.infrastructure, network.domain and platform.
 */
package org.cohesion.decisions.application;

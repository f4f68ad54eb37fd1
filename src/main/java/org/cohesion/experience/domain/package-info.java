/**
 * The sheet and its rules: {@link org.cohesion.experience.domain.ExperienceSheet} (identity, means,
 * results, workflow), its written parts ({@link org.cohesion.experience.domain.SheetPart}, each
 * with its own version), {@link org.cohesion.experience.domain.Budget} (shares and unfunded rest),
 * {@link org.cohesion.experience.domain.SheetAccess} (who reads and does what, pure). May use the
 * domains of tools, workspace, network, observation and platform.domain / platform.security.
 */
package org.cohesion.experience.domain;

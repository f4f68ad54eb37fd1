/** GET /api/observation/imports/{id}/progress: polled by the import page during a commit. */
package org.cohesion.observation.api;

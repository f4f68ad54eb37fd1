package org.cohesion.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST endpoints of every feature live under {@code /api}. Shiro's {@code /**} rule keeps out
 * anyone not signed in (WEB-INF/shiro.ini); each service checks the caller's right on its objects.
 */
@ApplicationPath("api")
public class RestApplication extends Application {}

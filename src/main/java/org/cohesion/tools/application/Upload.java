package org.cohesion.tools.application;

/** A file as the browser sent it: the name it gave and the bytes. Nothing here is trusted. */
public record Upload(String name, byte[] content) {}

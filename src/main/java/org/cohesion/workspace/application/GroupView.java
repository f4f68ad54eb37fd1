package org.cohesion.workspace.application;

import java.io.Serializable;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.WorkingGroup;

/** A group as one caller sees it, with what that caller may do there. */
public record GroupView(WorkingGroup group, GroupAccess access, boolean requestPending)
    implements Serializable {}

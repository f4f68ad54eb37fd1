package org.cohesion.workspace.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.cohesion.platform.domain.Slugs;
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.Visibility;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * What the administrator types to create a working group or change what defines it. Faces checks
 * the annotations field by field; {@link GroupAdministration} checks them again, whoever called. An
 * empty slug is made from the name, so it is not required here.
 */
public class GroupForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private int version;

  @NotBlank(message = "{group.name.required}")
  @Size(max = WorkingGroup.NAME_MAX, message = "{field.tooLong}")
  private String name;

  @Size(max = WorkingGroup.SLUG_MAX, message = "{field.tooLong}")
  @Pattern(regexp = Slugs.REGEX, message = "{group.slug.invalid}")
  private String slug;

  @NotNull(message = "{group.theme.required}")
  private Long themeId;

  @Size(max = WorkingGroup.DESCRIPTION_MAX, message = "{field.tooLong}")
  private String description;

  private Visibility visibility = Visibility.MEMBERS_ONLY;
  private JoinPolicy joinPolicy = JoinPolicy.ON_REQUEST;

  /** The form holding a group's current definition, for an edit. */
  public static GroupForm of(WorkingGroup group) {
    GroupForm form = new GroupForm();
    form.id = group.getId();
    form.version = group.getVersion();
    form.name = group.getName();
    form.slug = group.getSlug();
    form.themeId = group.getTheme().getId();
    form.description = group.getDescription();
    form.visibility = group.getVisibility();
    form.joinPolicy = group.getJoinPolicy();
    return form;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Long getThemeId() {
    return themeId;
  }

  public void setThemeId(Long themeId) {
    this.themeId = themeId;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public void setVisibility(Visibility visibility) {
    this.visibility = visibility;
  }

  public JoinPolicy getJoinPolicy() {
    return joinPolicy;
  }

  public void setJoinPolicy(JoinPolicy joinPolicy) {
    this.joinPolicy = joinPolicy;
  }
}

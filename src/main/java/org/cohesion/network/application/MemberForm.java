package org.cohesion.network.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import org.cohesion.network.domain.Member;

/**
 * What the administrator types about a person: who they are and where they work. Faces checks the
 * annotations field by field; {@link MemberAdministration} checks them again, whoever called. The
 * name is trimmed and the email trimmed and lower-cased as they are typed, so that the uniqueness
 * check and the row see the same address.
 */
public class MemberForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private int version;

  @NotBlank(message = "{member.fullName.required}")
  @Size(max = Member.FULL_NAME_MAX, message = "{field.tooLong}")
  private String fullName;

  @NotBlank(message = "{member.email.required}")
  @Email(message = "{member.email.invalid}")
  @Size(max = Member.EMAIL_MAX, message = "{field.tooLong}")
  private String email;

  @Size(max = Member.ORGANISATION_MAX, message = "{field.tooLong}")
  private String organisation;

  @Size(max = Member.JOB_TITLE_MAX, message = "{field.tooLong}")
  private String jobTitle;

  @Size(max = Member.TOWN_MAX, message = "{field.tooLong}")
  private String town;

  /** The form holding a member's current details, for an edit. */
  public static MemberForm of(Member member) {
    MemberForm form = new MemberForm();
    form.id = member.getId();
    form.version = member.getVersion();
    form.fullName = member.getFullName();
    form.email = member.getEmail();
    form.organisation = member.getOrganisation();
    form.jobTitle = member.getJobTitle();
    form.town = member.getTown();
    return form;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName == null ? null : fullName.strip();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public String getTown() {
    return town;
  }

  public void setTown(String town) {
    this.town = town;
  }
}

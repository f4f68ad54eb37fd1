package org.cohesion.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A person of the network: a practitioner, a board member, someone of the centre's staff. */
@Entity
@Table(name = "member")
@NamedQuery(
    name = "Member.findByEmail",
    query = "SELECT m FROM Member m WHERE LOWER(m.email) = LOWER(:email)")
@NamedQuery(name = "Member.listByName", query = "SELECT m FROM Member m ORDER BY m.fullName")
@NamedQuery(name = "Member.count", query = "SELECT COUNT(m) FROM Member m")
public class Member implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The limits of a person's details, used by the columns, the form and the pages. */
  public static final int FULL_NAME_MAX = 160;

  public static final int EMAIL_MAX = 254;
  public static final int ORGANISATION_MAX = 200;
  public static final int JOB_TITLE_MAX = 160;
  public static final int TOWN_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @NotBlank(message = "{member.fullName.required}")
  @Size(max = FULL_NAME_MAX, message = "{field.tooLong}")
  @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX)
  private String fullName;

  @NotBlank(message = "{member.email.required}")
  @Email(message = "{member.email.invalid}")
  @Size(max = EMAIL_MAX, message = "{field.tooLong}")
  @Column(nullable = false, length = EMAIL_MAX)
  private String email;

  @Size(max = ORGANISATION_MAX, message = "{field.tooLong}")
  private String organisation;

  @Size(max = JOB_TITLE_MAX, message = "{field.tooLong}")
  @Column(name = "job_title")
  private String jobTitle;

  @Size(max = TOWN_MAX, message = "{field.tooLong}")
  private String town;

  @ManyToMany
  @JoinTable(
      name = "member_theme",
      joinColumns = @JoinColumn(name = "member_id"),
      inverseJoinColumns = @JoinColumn(name = "theme_id"))
  @OrderBy("position")
  private Set<Theme> themes = new LinkedHashSet<>();

  private boolean demo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  protected Member() {}

  public Member(String fullName, String email) {
    this.fullName = Objects.requireNonNull(fullName);
    this.email = Objects.requireNonNull(email);
  }

  /** The administrator corrects who the person is: name and email (both required). */
  public void identify(String fullName, String email) {
    this.fullName = Objects.requireNonNull(fullName);
    this.email = Objects.requireNonNull(email);
  }

  public void describe(String organisation, String jobTitle, String town) {
    this.organisation = organisation;
    this.jobTitle = jobTitle;
    this.town = town;
  }

  public void markAsDemo() {
    this.demo = true;
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

  public String getEmail() {
    return email;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public String getTown() {
    return town;
  }

  public Set<Theme> getThemes() {
    return themes;
  }

  /** The themes the person works on (the administrator's choice). */
  public void followThemes(Set<Theme> themes) {
    this.themes = new LinkedHashSet<>(themes);
  }

  public boolean isDemo() {
    return demo;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Member other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Member.class.hashCode();
  }
}

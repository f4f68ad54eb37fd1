package org.cohesion.observation.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cohesion.platform.domain.DomainException;

/**
 * A territorial unit: Martinique, an EPCI, a commune, a CUCS and its sites, a ZUS, a QPV, a
 * neighbourhood. It may belong to several groupings at once (a neighbourhood in its commune and in
 * a CUCS site). Its code is the official one where there is one (INSEE 97209, QP972001...), in the
 * geography version it was published in.
 */
@Entity
@Table(name = "territory")
@NamedQuery(
    name = "Territory.listAll",
    query = "SELECT t FROM Territory t ORDER BY t.level, t.name")
@NamedQuery(name = "Territory.findByCode", query = "SELECT t FROM Territory t WHERE t.code = :code")
@NamedQuery(name = "Territory.listCodes", query = "SELECT t.code, t.id FROM Territory t")
@NamedQuery(name = "Territory.count", query = "SELECT COUNT(t) FROM Territory t")
public class Territory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @NotBlank
  @Size(max = 40)
  @Column(nullable = false, length = 40, updatable = false)
  private String code;

  @NotBlank
  @Size(max = 160)
  @Column(nullable = false, length = 160)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TerritoryLevel level;

  @Size(max = 20)
  @Column(length = 20)
  private String geography;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private String boundary;

  @Column(name = "boundary_schematic", nullable = false)
  private boolean boundarySchematic;

  @Column(nullable = false)
  private boolean demo;

  @ManyToMany
  @JoinTable(
      name = "territory_grouping",
      joinColumns = @JoinColumn(name = "child_id"),
      inverseJoinColumns = @JoinColumn(name = "parent_id"))
  private Set<Territory> parents = new LinkedHashSet<>();

  protected Territory() {}

  public Territory(String code, String name, TerritoryLevel level, String geography) {
    this.code = Objects.requireNonNull(code).strip();
    this.name = Objects.requireNonNull(name).strip();
    this.level = Objects.requireNonNull(level);
    this.geography = geography;
  }

  /** Puts this unit in a grouping (its commune, its CUCS site...). A unit is not its own parent. */
  public void belongTo(Territory parent) {
    if (parent == this || (parent.id != null && parent.id.equals(id))) {
      throw new DomainException("territory.ownParent");
    }
    parents.add(parent);
  }

  /** The commune this unit lies in, if it is below one. */
  public Optional<Territory> commune() {
    return parents.stream().filter(p -> p.level == TerritoryLevel.COMMUNE).findFirst();
  }

  public void drawBoundary(String geoJson, boolean schematic) {
    this.boundary = geoJson;
    this.boundarySchematic = schematic;
  }

  public void markDemo() {
    this.demo = true;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public TerritoryLevel getLevel() {
    return level;
  }

  public String getGeography() {
    return geography;
  }

  public String getBoundary() {
    return boundary;
  }

  public boolean isBoundarySchematic() {
    return boundarySchematic;
  }

  public boolean isDemo() {
    return demo;
  }

  public Set<Territory> getParents() {
    return parents;
  }
}

package org.cohesion.decisions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.cohesion.decisions.application.DecisionRegister;
import org.cohesion.decisions.domain.Decision;

/** "Mes suivis de décisions" on the home page: the open decisions I am responsible for. */
@Named
@RequestScoped
public class MyFollowUps {

  @Inject DecisionRegister register;

  private List<Decision> items;
  private LocalDate today;

  public List<Decision> getItems() {
    if (items == null) {
      items = register.myFollowUps();
      today = register.today();
    }
    return items;
  }

  public boolean isOverdue(Decision decision) {
    getItems();
    return decision.isOverdue(today);
  }
}

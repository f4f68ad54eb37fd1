package bench.floor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The floor page's model: 20 rows and one field, nothing else (bench/pages.sh). */
@Named
@RequestScoped
public class Rows {
  /** A class with getters, not a record: Expression Language 5 (Jakarta EE 10) reads getters. */
  public static final class Row {
    private final int number;
    private final String name;
    private final String place;

    Row(int number, String name, String place) {
      this.number = number;
      this.name = name;
      this.place = place;
    }

    public int getNumber() {
      return number;
    }

    public String getName() {
      return name;
    }

    public String getPlace() {
      return place;
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private String text = "";

  public Rows() {
    for (int i = 1; i <= 20; i++) {
      rows.add(new Row(i, "Personne " + i, i % 2 == 0 ? "Fort-de-France" : "Le Lamentin"));
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String save() {
    return null;
  }
}

package io.github.communique.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.validate.SourceMap.Position;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceMapTest {
  private final Map<String, Position> read = new HashMap<>(Map.of(
      "", new Position(1, 1),
      "sections[0]", new Position(7, 1),
      "sections[0].blocks[2]", new Position(12, 3)));
  private final SourceMap map = SourceMap.of("statement.md", read);

  @Test
  void aPathWithoutItsOwnPositionFindsItsNearestEnclosingOne() {
    assertThat(map.find("sections[0].blocks[2]")).contains(new Position(12, 3));
    assertThat(map.find("sections[0].blocks[2].content[4]")).contains(new Position(12, 3));
    assertThat(map.find("sections[0].blocks[1]")).contains(new Position(7, 1));
    assertThat(map.find("title")).contains(new Position(1, 1));
  }

  @Test
  void positionsListsEveryRecordedPathAndCannotBeChanged() {
    read.clear(); // the map is a copy of what the reader recorded

    assertThat(map.positions()).hasSize(3)
        .containsEntry("sections[0]", new Position(7, 1));
    assertThatThrownBy(() -> map.positions().put("title", new Position(2, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theEmptyMapHasNoPositions() {
    assertThat(SourceMap.empty().positions()).isEmpty();
    assertThat(SourceMap.empty().find("title")).isEmpty();
  }
}

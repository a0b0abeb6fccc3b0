package io.github.communique.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.communique.json.StatementJson;
import io.github.communique.model.Statement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * JSON: Communique reading the statement's JSON file into the model and writing the model back,
 * against Jackson's {@code readTree} of the same file. The file is held in memory and read
 * through an {@code InputStream} by both, so no benchmark measures the disk.
 */
public class JsonBenchmarks extends BenchmarkSettings {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final StatementJson JSON = StatementJson.create();

  /** The statement as the JSON file {@link StatementJson} writes (pretty-printed, its default). */
  public static class JsonFile extends Sized {
    byte[] json;

    @Setup
    public void setUp() {
      json = document().json();
    }
  }

  @Benchmark
  public JsonNode jacksonReadTree(JsonFile state) throws IOException {
    return MAPPER.readTree(new ByteArrayInputStream(state.json));
  }

  @Benchmark
  public Statement communiqueRead(JsonFile state) throws IOException {
    return JSON.read(new ByteArrayInputStream(state.json), "benchmark.json");
  }

  @Benchmark
  public long communiqueWrite(Model state) throws IOException {
    NullSink sink = new NullSink();
    JSON.write(state.statement, sink);
    return sink.count();
  }
}

import { describe, expect, it } from "vitest";
import { contradictsTimeLimit, readTimeLimit } from "./time-limit";

describe("readTimeLimit", () => {
  it("reads the main rule, not its exceptions", () => {
    expect(
      readTimeLimit(
        "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì thêm 05 ngày làm việc.",
      ),
    ).toEqual({ days: 3, working: true });
    expect(
      readTimeLimit(
        "Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 03 ngày làm việc.",
      ),
    ).toEqual({ days: 0, working: true });
    expect(
      readTimeLimit(
        "Trong ngày cơ quan tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ.",
      ),
    ).toEqual({ days: 0, working: true });
    expect(readTimeLimit("Không quá 10 ngày kể từ ngày nhận được yêu cầu hợp lệ.")).toEqual({
      days: 10,
      working: false,
    });
    expect(readTimeLimit("Rút ngắn: trả kết quả trong 01 ngày làm việc khi hồ sơ đầy đủ")).toEqual({
      days: 1,
      working: true,
    });
  });

  it("is null when the text states no rule it can compare", () => {
    expect(readTimeLimit("")).toBeNull();
    expect(readTimeLimit("Theo thỏa thuận với người yêu cầu")).toBeNull();
    expect(readTimeLimit("Không quá 24 giờ")).toBeNull();
  });
});

describe("contradictsTimeLimit", () => {
  const sameDay = "Ngay trong ngày tiếp nhận hồ sơ.";
  it("refuses a 'shortened' limit that is not shorter", () => {
    expect(contradictsTimeLimit("Rút ngắn: trả kết quả trong 01 ngày làm việc", sameDay)).toBe(true);
    expect(contradictsTimeLimit("03 ngày làm việc", "03 ngày làm việc kể từ ngày nhận đủ hồ sơ")).toBe(true);
    expect(contradictsTimeLimit("05 ngày làm việc", "03 ngày làm việc")).toBe(true);
  });

  it("accepts a shorter limit, and what it cannot compare", () => {
    expect(
      contradictsTimeLimit("Rút ngắn: 02 ngày làm việc", "03 ngày làm việc kể từ ngày nhận đủ hồ sơ"),
    ).toBe(false);
    expect(contradictsTimeLimit("Trả kết quả ngay trong ngày", "03 ngày làm việc")).toBe(false);
    expect(contradictsTimeLimit("10 ngày làm việc", "15 ngày kể từ ngày nhận đủ hồ sơ")).toBe(false);
    expect(contradictsTimeLimit("Trả kết quả sớm hơn khi có thể", "03 ngày làm việc")).toBe(false);
    expect(contradictsTimeLimit("02 ngày làm việc", "")).toBe(false);
  });
});

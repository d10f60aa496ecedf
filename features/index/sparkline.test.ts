import { describe, expect, it } from "vitest";
import { sparkline } from "./sparkline";

describe("sparkline", () => {
  it("spreads months across the width and puts 100 at the top", () => {
    const line = sparkline([50, 75, 100], 106, 56, 3);
    expect(line.points).toEqual([
      { x: 3, y: 53 },
      { x: 53, y: 28 },
      { x: 103, y: 3 },
    ]);
    expect(line.path).toBe("M3 53L53 28L103 3");
  });

  it("breaks the line at months without a value and lowers the floor for low values", () => {
    const line = sparkline([80, null, 90, 34], 100, 20);
    expect(line.min).toBe(30);
    expect(line.path.match(/M/g)).toHaveLength(2);
    expect(line.points).toHaveLength(3);
    expect(sparkline([null, null], 100, 20)).toMatchObject({ path: "", points: [] });
  });
});

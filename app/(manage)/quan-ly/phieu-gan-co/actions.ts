"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { forgetPublishedFigures } from "@/features/index/server/public-figures";
import { decideBurst } from "@/features/survey/server/burst-review";

const decisionSchema = z.object({
  id: z.coerce.number({ error: "Đợt không hợp lệ / invalid burst" }).int().positive(),
  decision: z.enum(["confirmed", "rejected"], { error: "Chọn xác nhận hoặc loại bỏ / choose a decision" }),
});

/**
 * A unit administrator decides on a burst held by surge detection: confirmed, its answers count from now
 * on; rejected, they stay out of every figure. Audited with the decision, in the same transaction.
 */
export const decideBurstAction = managerAction(decisionSchema, async (data, manager) => {
  const outcome = await decideBurst(manager, data);
  if (!outcome.ok) return refusedState(outcome.refusal);
  if (outcome.value.changed) forgetPublishedFigures();
  revalidatePath("/quan-ly/phieu-gan-co");
  return {
    message:
      data.decision === "confirmed"
        ? "Đã xác nhận: các lượt đánh giá của đợt này được tính vào chỉ số. / Confirmed: these answers now count."
        : "Đã loại bỏ: các lượt đánh giá của đợt này không được tính. / Rejected: these answers stay out.",
  };
});

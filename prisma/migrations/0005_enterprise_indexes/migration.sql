-- CreateIndex
CREATE INDEX "Enterprise_label_code_idx" ON "Enterprise"("label", "code");

-- CreateIndex
CREATE INDEX "Enterprise_goVersion_code_idx" ON "Enterprise"("goVersion", "code");

-- CreateIndex
CREATE INDEX "Enterprise_adaptationDays_code_idx" ON "Enterprise"("adaptationDays", "code");

-- CreateIndex
CREATE INDEX "Enterprise_historicalCombinationId_code_idx" ON "Enterprise"("historicalCombinationId", "code");

/**
 * Redraws the recorded benchmark charts (SVG and PNG) from their JSON in
 * bench/results, without running anything again: `npx tsx scripts/redraw-charts.ts`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ttftSettingChart, writeChart } from "../bench/chart.js";
import type { TtftSettingResult } from "../bench/ttft-setting.js";

const results = fileURLToPath(new URL("../bench/results/", import.meta.url));
const ttft = (JSON.parse(readFileSync(`${results}ttft-setting.json`, "utf8")) as { ttftSetting: TtftSettingResult }).ttftSetting;
const files = writeChart(`${results}ttft-setting.svg`, ttftSettingChart(ttft));
console.log(`wrote ${files.svg} and ${files.png}`);

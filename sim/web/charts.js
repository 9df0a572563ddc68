// Line charts of the indicators, one per indicator: the mean of each arm with a band from the
// lowest to the highest replication, and dashed vertical lines where a policy changes.
const ARM_COLOURS = { baseline: [110, 110, 110], class: [31, 119, 180], siger: [44, 160, 44] };

const markerPlugin = {
  id: 'policyMarkers',
  afterDatasetsDraw(chart, args, options) {
    const markers = options.markers || [];
    const { ctx, chartArea, scales } = chart;
    ctx.save();
    ctx.setLineDash([5, 4]);
    ctx.strokeStyle = '#c0392b';
    for (const m of markers) {
      const x = scales.x.getPixelForValue(String(m.year));
      if (!(x >= chartArea.left && x <= chartArea.right)) continue;
      ctx.beginPath(); ctx.moveTo(x, chartArea.top); ctx.lineTo(x, chartArea.bottom); ctx.stroke();
    }
    ctx.restore();
  },
};

function armDatasets(arm, label, series) {
  const [r, g, b] = ARM_COLOURS[arm];
  const s = series || { mean: [], low: [], high: [] };
  return [
    { label: label + ' (low)', data: s.low, borderColor: 'transparent', pointRadius: 0, fill: false },
    { label: label + ' (high)', data: s.high, borderColor: 'transparent', pointRadius: 0,
      backgroundColor: `rgba(${r},${g},${b},0.18)`, fill: '-1' },
    { label, data: s.mean, borderColor: `rgb(${r},${g},${b})`, backgroundColor: `rgb(${r},${g},${b})`, pointRadius: 2, fill: false },
  ];
}

class IndicatorCharts {
  constructor(container, arms) {
    this.container = container;
    this.arms = arms;  // [['baseline', labelKey], ['class', labelKey]]
    this.charts = {};
    this.available = typeof Chart !== 'undefined';
  }
  update(state, names, markers) {
    const lastYear = state.last_year ?? state.years;
    const labels = Array.from({ length: lastYear }, (_, i) => String(i + 1));
    for (const name of names) {
      let entry = this.charts[name];
      if (!entry) {
        const canvas = el('canvas', { 'aria-label': name });
        const box = el('div', { class: 'chart', 'data-indicator': name, 'data-points': '0' }, el('h3', { text: indicatorName(name) }), canvas);
        this.container.append(box);
        entry = { box, chart: null };
        if (this.available)
          entry.chart = new Chart(canvas, {
            type: 'line',
            data: { labels, datasets: [] },
            options: { animation: false, responsive: true, maintainAspectRatio: false,
              plugins: { legend: { display: false }, policyMarkers: { markers: [] } },
              scales: { x: { title: { display: true, text: t('year') } },
                        y: { ticks: { callback: v => Number(Number(v).toPrecision(3)) } } } },
            plugins: [markerPlugin],
          });
        this.charts[name] = entry;
      }
      entry.box.querySelector('h3').textContent = indicatorName(name);
      const points = (state[this.arms[this.arms.length - 1][0]]?.[name]?.mean || []).length;
      entry.box.dataset.points = String(points);
      entry.box.dataset.last = JSON.stringify(this.arms.map(([arm]) => state[arm]?.[name]?.mean?.at(-1) ?? null));
      if (!entry.chart) continue;
      entry.chart.data.labels = labels;
      entry.chart.data.datasets = this.arms.flatMap(([arm, key]) => armDatasets(arm, t(key), state[arm]?.[name]));
      entry.chart.options.plugins.policyMarkers.markers = markers || [];
      entry.chart.options.scales.x.title.text = t('year');
      entry.chart.update();
    }
  }
}

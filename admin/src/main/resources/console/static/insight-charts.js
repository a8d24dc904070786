// Draws the insight dashboard's charts with ECharts over the tables beside them: the numbers come from the JSON
// the page embeds (#insight-charts), each series' name from its table's column header (th[data-series]). The
// tables are the truth and stand without this script; the charts are hidden from screen readers.
(function () {
  var source = document.getElementById('insight-charts');
  if (!source || !window.echarts) {
    return;
  }
  var charts = JSON.parse(source.textContent);
  document.querySelectorAll('[data-chart]').forEach(function (figure) {
    var spec = charts[figure.getAttribute('data-chart')];
    var section = figure.closest('section');
    if (!spec || !spec.categories.length) {
      return;
    }
    var series = Object.keys(spec.series).map(function (key) {
      var header = section.querySelector('th[data-series="' + key + '"]');
      return {
        name: header ? header.textContent : key,
        type: spec.kind === 'line' ? 'line' : 'bar',
        stack: spec.kind === 'stack' ? 'all' : undefined,
        data: spec.series[key]
      };
    });
    var box = document.createElement('div');
    box.className = 'chart';
    box.setAttribute('aria-hidden', 'true');
    figure.appendChild(box);
    var categoryAxis = { type: 'category', data: spec.categories, inverse: spec.horizontal };
    var valueAxis = { type: 'value', minInterval: 1 };
    var chart = echarts.init(box, null, { renderer: 'svg' });
    // Drawn at the window's width then; a rotated phone or a wider window gets a chart as wide as its table.
    window.addEventListener('resize', function () { chart.resize(); });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: spec.horizontal ? 120 : 40, right: 16, top: 32, bottom: 24, containLabel: spec.horizontal },
      xAxis: spec.horizontal ? valueAxis : categoryAxis,
      yAxis: spec.horizontal ? categoryAxis : valueAxis,
      series: series
    });
  });
})();

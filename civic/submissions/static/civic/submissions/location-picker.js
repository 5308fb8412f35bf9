// Progressive enhancement of the location fields: a "use my location" button
// and, when the site configures a tile server, a small map to click on. Without
// JavaScript the latitude and longitude fields stay plain inputs.
(function () {
  "use strict";
  var ZOOM = 16;
  var STEP = 0.05; // of a tile, per arrow key press

  function toTile(lat, lon) {
    var n = Math.pow(2, ZOOM), rad = lat * Math.PI / 180;
    return {
      x: (lon + 180) / 360 * n,
      y: (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * n
    };
  }

  function toLatLon(x, y) {
    var n = Math.pow(2, ZOOM);
    var lat = Math.atan(Math.sinh(Math.PI * (1 - 2 * y / n))) * 180 / Math.PI;
    return { lat: lat, lon: x / n * 360 - 180 };
  }

  function setFields(form, point) {
    form.querySelector("[name=latitude]").value = point.lat.toFixed(6);
    form.querySelector("[name=longitude]").value = point.lon.toFixed(6);
  }

  function buildMap(picker, form) {
    var lat = parseFloat(form.querySelector("[name=latitude]").value);
    var lon = parseFloat(form.querySelector("[name=longitude]").value);
    var start = isNaN(lat) || isNaN(lon)
      ? { lat: parseFloat(picker.dataset.centreLat), lon: parseFloat(picker.dataset.centreLon) }
      : { lat: lat, lon: lon };
    var centre = toTile(start.lat, start.lon);
    var left = Math.floor(centre.x) - 1, top = Math.floor(centre.y) - 1;
    for (var row = 0; row < 3; row++) {
      for (var col = 0; col < 3; col++) {
        var img = document.createElement("img");
        img.alt = "";
        img.src = picker.dataset.tileUrl.replace("{z}", ZOOM)
          .replace("{x}", left + col).replace("{y}", top + row);
        img.style.left = (col * 33.333) + "%";
        img.style.top = (row * 33.333) + "%";
        picker.appendChild(img);
      }
    }
    var marker = document.createElement("span");
    marker.className = "marker";
    picker.appendChild(marker);
    var spot = { x: centre.x, y: centre.y };

    function place(x, y) {
      spot = { x: x, y: y };
      marker.style.left = ((x - left) / 3 * 100) + "%";
      marker.style.top = ((y - top) / 3 * 100) + "%";
      setFields(form, toLatLon(x, y));
    }
    picker.addEventListener("click", function (event) {
      var box = picker.getBoundingClientRect();
      place(left + 3 * (event.clientX - box.left) / box.width,
            top + 3 * (event.clientY - box.top) / box.height);
    });
    picker.addEventListener("keydown", function (event) {
      var moves = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, -STEP], ArrowDown: [0, STEP] };
      var move = moves[event.key];
      if (move) {
        event.preventDefault();
        place(Math.min(Math.max(spot.x + move[0], left), left + 3),
              Math.min(Math.max(spot.y + move[1], top), top + 3));
      } else if (event.key === "Enter") {
        event.preventDefault();
        place(spot.x, spot.y);
      }
    });
    picker.tabIndex = 0;
    picker.setAttribute("role", "application");
    picker.setAttribute("aria-label", picker.dataset.label);
    picker.hidden = false;
    if (!isNaN(lat) && !isNaN(lon)) { place(centre.x, centre.y); }
  }

  document.querySelectorAll(".submission-form .location").forEach(function (box) {
    var form = box.closest("form");
    var picker = box.querySelector(".map-picker");
    if (picker && picker.dataset.tileUrl) { buildMap(picker, form); }
    var button = box.querySelector(".use-my-location");
    if (button && navigator.geolocation) {
      button.closest(".js-only").hidden = false;
      button.addEventListener("click", function () {
        navigator.geolocation.getCurrentPosition(function (position) {
          setFields(form, { lat: position.coords.latitude, lon: position.coords.longitude });
        });
      });
    }
  });
})();

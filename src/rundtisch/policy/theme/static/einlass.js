/* The Einlass page (registration/templates/checkin.pt): read the QR code of
   a confirmation mail with the phone's camera, where the browser can
   (BarcodeDetector), and search for what it carries. Without it, or without
   a camera, the page works as it is: the code is typed. A file, not an
   inline script: the portal's CSP allows no inline script. */
(function () {
  "use strict";
  var button = document.getElementById("checkin-scan");
  var video = document.getElementById("checkin-video");
  var field = document.getElementById("checkin-search");
  var form = document.getElementById("checkin-search-form");
  if (!button || !video || !field || !form) {
    return;
  }
  if (!("BarcodeDetector" in window) || !navigator.mediaDevices) {
    return;
  }

  var stream = null;
  var timer = null;

  function stop() {
    if (timer) {
      window.clearTimeout(timer);
      timer = null;
    }
    if (stream) {
      stream.getTracks().forEach(function (track) {
        track.stop();
      });
      stream = null;
    }
    video.hidden = true;
  }

  function found(text) {
    stop();
    // The QR code carries the Einlass URL with ?code=…: open this page at
    // that code, as the phone's camera app would (the one button then has
    // the focus). Anything else is searched for as typed.
    var code = null;
    try {
      code = new URL(text).searchParams.get("code");
    } catch (error) {
      code = null;
    }
    if (code) {
      window.location.assign(form.action + "?code=" + encodeURIComponent(code.trim()));
      return;
    }
    field.value = text.trim();
    form.submit();
  }

  function scan(detector) {
    detector
      .detect(video)
      .then(function (codes) {
        if (codes.length) {
          found(codes[0].rawValue);
        } else if (stream) {
          timer = window.setTimeout(function () {
            scan(detector);
          }, 250);
        }
      })
      .catch(stop);
  }

  window.BarcodeDetector.getSupportedFormats()
    .then(function (formats) {
      if (formats.indexOf("qr_code") === -1) {
        return;
      }
      button.hidden = false;
      button.addEventListener("click", function () {
        if (stream) {
          stop();
          return;
        }
        navigator.mediaDevices
          .getUserMedia({ video: { facingMode: "environment" }, audio: false })
          .then(function (media) {
            stream = media;
            video.srcObject = media;
            video.hidden = false;
            return video.play();
          })
          .then(function () {
            scan(new window.BarcodeDetector({ formats: ["qr_code"] }));
          })
          .catch(function () {
            stop();
            button.hidden = true;
            field.focus();
          });
      });
    })
    .catch(function () {});
  window.addEventListener("pagehide", stop);
})();

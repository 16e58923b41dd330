function (time) {
  // The slider's times are UTC midnights: print the UTC day, whatever the reader's time zone.
  return new Date(time).toISOString().slice(0, 10);
}

# Sourced by the scripts that run the CLI jar with `java -jar` rather than through the launcher:
# the launcher's JVM flags without a class-data archive, and the median of numbers on stdin.
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxTenuringThreshold=1 -XX:SurvivorRatio=16
  -Xmn128m -XX:InitialRAMPercentage=3.125 -XX:-UsePerfData -XX:CompileCommand=quiet
  '-XX:CompileCommand=CompileThresholdScaling,io.github.qbanklint.*::*,0.1'
  '-XX:CompileCommand=CompileThresholdScaling,org.commonmark.*::*,0.1')
grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null \
  && flags+=(-XX:+UseTransparentHugePages)

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

import BackpropSiteCLI

BackpropSite.runAndExit()

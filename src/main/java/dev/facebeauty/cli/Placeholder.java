package dev.facebeauty.cli;
class Placeholder {}

package dev.facebeauty.ui;
class Placeholder {}
